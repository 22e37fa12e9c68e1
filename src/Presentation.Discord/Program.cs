using ServerStatus.Presentation.Discord.Hosting;

var app = BotHost.Build(args);
return await BotHost.RunAsync(app, Console.Error);
