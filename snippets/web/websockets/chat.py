from websockets.exceptions import ConnectionClosed


class ChatHandler:
    def __init__(self):
        self.connections = set()

    async def handle_connection(self, websocket):
        self.connections.add(websocket)
        try:
            async for message in websocket:
                await self.broadcast(message)
        finally:
            self.connections.discard(websocket)

    async def broadcast(self, message: str):
        for conn in list(
            self.connections
        ):  # a copy: clients join and leave during sends
            try:
                await conn.send(message)
            except ConnectionClosed:
                pass  # that client is gone; its own handle_connection removes it
