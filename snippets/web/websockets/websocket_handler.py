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
        for conn in self.connections:
            await conn.send(message)
