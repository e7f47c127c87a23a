#!/usr/bin/env node
// Posts a correctly signed Stripe "checkout.session.completed" event for a booking's deposit to the
// local host, as Stripe would after the customer paid: the same scheme Stripe documents
// (Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload"> with the webhook secret).
//
//   node tools/local/send-stripe-webhook.mjs <bookingId> <accessToken> [--decline]
//
// Settings (environment): BASE (default http://127.0.0.1:7071), SLUG (demo-salon), TENANT (tnt-demo-salon),
// SECRET (the local simulator's whsec_local_simulator).
import { createHmac, randomUUID } from "node:crypto";

const [bookingId, token, flag] = process.argv.slice(2);
if (!bookingId || !token) {
  console.error("usage: send-stripe-webhook.mjs <bookingId> <accessToken> [--decline]");
  process.exit(2);
}

const base = process.env.BASE ?? "http://127.0.0.1:7071";
const slug = process.env.SLUG ?? "demo-salon";
const tenantId = process.env.TENANT ?? "tnt-demo-salon";
const secret = process.env.SECRET ?? "whsec_local_simulator";

const booking = await (await fetch(`${base}/api/tenants/${slug}/bookings/${bookingId}`, { headers: { "Booking-Access-Token": token } })).json();
if (!booking.payment) {
  console.error("The booking has no checkout yet: POST .../bookings/<id>/checkout first.", booking);
  process.exit(1);
}

const sessionId = booking.payment.checkoutUrl.split("/").pop();
const { amountMinor, currency } = booking.payment.amount;
const metadata = { tenantId, bookingId };
const declined = flag === "--decline";
const object = declined
  ? { id: `pi_${randomUUID().replaceAll("-", "")}`, object: "payment_intent", amount: amountMinor, currency: currency.toLowerCase(), status: "requires_payment_method", metadata }
  : { id: sessionId, object: "checkout.session", status: "complete", payment_status: "paid", amount_total: amountMinor,
      currency: currency.toLowerCase(), payment_intent: `pi_${randomUUID().replaceAll("-", "")}`, metadata };
const created = Math.floor(Date.now() / 1000);
const payload = JSON.stringify({
  id: `evt_${randomUUID().replaceAll("-", "")}`, object: "event", api_version: "2026-10-28.endive", created, livemode: false,
  type: declined ? "payment_intent.payment_failed" : "checkout.session.completed", data: { object },
});
const signature = createHmac("sha256", secret).update(`${created}.${payload}`).digest("hex");

const response = await fetch(`${base}/api/webhooks/stripe`, {
  method: "POST",
  headers: { "Content-Type": "application/json", "Stripe-Signature": `t=${created},v1=${signature}` },
  body: payload,
});
console.log(`${response.status} ${await response.text()}`);
