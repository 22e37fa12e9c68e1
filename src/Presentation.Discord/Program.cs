using ServerStatus.Presentation.Discord.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddServerStatus();
var app = builder.Build();

var problems = await app.Services.GetRequiredService<StartupChecks>().RunAsync(app.Lifetime.ApplicationStopping);
if (problems.Count > 0)
{
    foreach (var problem in problems)
    {
        await Console.Error.WriteLineAsync(problem);
    }

    return 1;
}

await app.RunAsync();
return 0;
