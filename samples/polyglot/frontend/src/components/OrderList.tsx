import { useEffect, useState } from "react";
import { fetchOrders, Order } from "../api";

export function OrderList({ token }: { token: string }) {
  const [orders, setOrders] = useState<Order[]>([]);
  useEffect(() => {
    fetchOrders(token).then((loaded) => {
      console.log("rendering", loaded.length, "orders");
      setOrders(loaded);
    });
  }, [token]);
  return (
    <ul>
      {orders.map((order) => (
        <li key={order.id}>
          {order.customerName}: {(order.totalCents / 100).toFixed(2)}
        </li>
      ))}
    </ul>
  );
}
