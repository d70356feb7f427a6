import asyncio  # the published module used asyncio without importing it


class OrderService:
    def __init__(self, user_repo, product_repo, payment_client, email_client):
        self.user_repo = user_repo
        self.product_repo = product_repo
        self.payment = payment_client
        self.email = email_client

    async def place_order(self, user_id: int, product_id: int, quantity: int) -> dict:
        # Fetch user and product concurrently
        user, product = await asyncio.gather(
            self.user_repo.get_by_id(user_id), self.product_repo.get_by_id(product_id)
        )

        if not user:
            raise ValueError("User not found")
        if not product:
            raise ValueError("Product not found")
        if product.stock < quantity:
            raise ValueError("Insufficient stock")

        total = product.price * quantity

        # Process payment
        payment_result = await self.payment.charge(user.id, total)
        if not payment_result.success:
            raise RuntimeError("Payment failed")

        # Send confirmation email (fire and forget)
        asyncio.create_task(
            self.email.send_order_confirmation(user.email, product.name, quantity)
        )

        return {
            "order_id": payment_result.transaction_id,
            "total": total,
            "status": "confirmed",
        }
