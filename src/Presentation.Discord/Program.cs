using ServerStatus.Presentation.Discord.Dashboard;
using ServerStatus.Presentation.Discord.Doctor;
using ServerStatus.Presentation.Discord.Health;
using ServerStatus.Presentation.Discord.Hosting;

if (args is ["hash-password", var password])
{
    // Prints a value for Dashboard:PasswordHash.
    Console.WriteLine(DashboardPasswordHash.Create(password));
    return 0;
}

if (args is ["healthcheck", .. var rest])
{
    // A container's HEALTHCHECK: asks this bot's /healthz on the listener its configuration names.
    return await HealthCheckCommand.RunAsync(rest, Console.Error, CancellationToken.None);
}

if (args is [DoctorCommand.Name, .. var settings])
{
    return await DoctorCommand.RunAsync(settings, Console.Out);
}

return await BotHost.RunAsync(args, Console.Error);
