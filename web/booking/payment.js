// Sends the customer to the gateway's page for the deposit: a redirect, or a form post for gateways that take one.
import { call } from "../shared/api.js";
import { h } from "../shared/dom.js";

export async function payDeposit(tenant, booking, token) {
  const checkout = await call(`/tenants/${encodeURIComponent(tenant.slug)}/bookings/${encodeURIComponent(booking.id)}/checkout`, {
    method: "POST",
    headers: { "Booking-Access-Token": token },
  });
  const fields = Object.entries(checkout.formFields ?? {});
  if (fields.length === 0) {
    location.assign(checkout.redirectUrl);
    return;
  }

  const form = h("form", { method: "post", action: checkout.redirectUrl }, fields.map(([name, value]) => h("input", { type: "hidden", name, value })));
  document.body.append(form);
  form.submit();
}
