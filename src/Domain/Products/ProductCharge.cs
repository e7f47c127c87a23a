namespace AppointmentBooking.Domain.Products;

/// <summary>When the customer pays for the products added to a booking.</summary>
public enum ProductCharge
{
    /// <summary>At the appointment, with the service.</summary>
    AtAppointment,

    /// <summary>Up front, in the deposit checkout (which a booking then needs even when its service takes no deposit).</summary>
    WithDeposit,
}
