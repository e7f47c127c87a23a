using AppointmentBooking.Functions;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<ProblemDetailsMiddleware>();
builder.Services.AddAppointmentBooking(builder.Configuration);

builder.Build().Run();
