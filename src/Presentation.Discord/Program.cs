using ServerStatus.Presentation.Discord.Dashboard;
using ServerStatus.Presentation.Discord.Hosting;

if (args is ["hash-password", var password])
{
    // Prints a value for Dashboard:PasswordHash.
    Console.WriteLine(DashboardPasswordHash.Create(password));
    return 0;
}

return await BotHost.RunAsync(args, Console.Error);
