// Asks before a business cancels a booking, and whether its deposit goes back to the customer.
import { h } from "../shared/dom.js";
import { money } from "../shared/times.js";

export function cancelDialog(booking, who, onCancel) {
  const refund = h("input", { id: "cancel-refund", type: "checkbox", checked: booking.deposit.amountMinor > 0 });
  const dialog = h("dialog", { "aria-labelledby": "cancel-title", className: "dialog" },
    h("h2", { id: "cancel-title" }, `Cancel the booking of ${who}?`),
    h("p", {}, "The customer is told, and the time becomes free for others."),
    booking.deposit.amountMinor > 0
      ? h("p", { className: "check" }, refund, h("label", { for: "cancel-refund" }, `Refund the deposit (${money(booking.deposit)}) if it was paid`))
      : null,
    h("div", { className: "actions" },
      h("button", { type: "button", onclick: () => { dialog.close(); onCancel(refund.checked); } }, "Cancel booking"),
      h("button", { type: "button", className: "secondary", onclick: () => dialog.close() }, "Keep booking")));
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
