import { log } from "./lib/log";

export interface Order {
  id: number;
  customerName: string;
  totalCents: number;
}

export async function fetchOrders(token: string): Promise<Order[]> {
  const response = await fetch("/api/orders/", { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) {
    log("error", "order list failed", { status: response.status });
    throw new Error(`orders: ${response.status}`);
  }
  const body = await response.json();
  console.log("orders loaded", body.results.length);
  return body.results.map((row: { id: number; customer_name: string; total_cents: number }) => ({
    id: row.id,
    customerName: row.customer_name,
    totalCents: row.total_cents,
  }));
}
