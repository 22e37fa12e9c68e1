using DiscordApi;
using DiscordApi.Events;
using DiscordApi.Gateway;
using DiscordApi.Rest;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Infrastructure.Instances;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>
/// Reads the gateway's events and hands each command to its own task (bounded in number), so no
/// command ever waits on another or on the gateway. Registers the slash commands when ready; stops
/// the host when the gateway stops for good (bad token, missing intent).
/// </summary>
public sealed partial class DiscordBotService(
    IDiscordGateway gateway,
    IDiscordRest rest,
    MessageCommandHandler messages,
    InteractionHandler interactions,
    SensitiveMessageJanitor janitor,
    CommandCatalog catalog,
    IOptions<BotOptions> botOptions,
    IOptions<DiscordApiOptions> discordOptions,
    IHostApplicationLifetime lifetime,
    ActiveStartGate startGate,
    ILogger<DiscordBotService> logger) : BackgroundService
{
    private readonly EventDeduplicator _seen = new();
    private readonly SemaphoreSlim _slots = new(botOptions.Value.MaxConcurrentCommands);
    private readonly List<Task> _running = [];
    private int _readyBefore;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var gatewayEvent in gateway.Events.ReadAllAsync(stoppingToken))
            {
                switch (gatewayEvent)
                {
                    case Ready ready:
                        startGate.Open();
                        LogFirstReady();
                        Dispatch(ct => RegisterCommandsAsync(ready.ApplicationId, ct), "register commands", stoppingToken);
                        break;
                    case MessageCreated message when _seen.FirstTime(message.MessageId):
                        await _slots.WaitAsync(stoppingToken);
                        Dispatch(ct => messages.HandleAsync(message, ct), "message command", stoppingToken, release: true);
                        break;
                    case InteractionCreated interaction when _seen.FirstTime(interaction.InteractionId):
                        await _slots.WaitAsync(stoppingToken);
                        Dispatch(ct => interactions.HandleAsync(interaction, ct), "interaction", stoppingToken, release: true);
                        break;
                    case ReactionAdded reaction when reaction.UserId != gateway.CurrentUserId:
                        Dispatch(ct => janitor.OnReactionAsync(reaction, ct), "reaction", stoppingToken);
                        break;
                }
            }
        }
        catch (GatewayFatalException ex)
        {
            LogGatewayFatal(ex.Message);
            lifetime.StopApplication();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        Task[] running;
        lock (_running)
        {
            running = [.. _running];
        }

        await Task.WhenAll(running).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }

    private void Dispatch(Func<CancellationToken, Task> work, string what, CancellationToken ct, bool release = false)
    {
        var task = Task.Run(async () =>
        {
            try
            {
                await work(ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                LogHandlerFailed(ex, what, ex is UnexpectedFailureException audited ? audited.ErrorId : CommandExecutor.NewReference());
            }
            finally
            {
                if (release)
                {
                    _slots.Release();
                }
            }
        }, CancellationToken.None);
        lock (_running)
        {
            _running.RemoveAll(t => t.IsCompleted);
            _running.Add(task);
        }
    }

    // How long the first session took from the process's start, and what it loaded for it: start-up cost at a glance.
    private void LogFirstReady()
    {
        if (Interlocked.Exchange(ref _readyBefore, 1) == 0 && logger.IsEnabled(LogLevel.Information))
        {
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            var sinceStart = (DateTime.Now - process.StartTime).TotalMilliseconds;
            var assemblies = AppDomain.CurrentDomain.GetAssemblies().Length;
            LogReady(sinceStart, assemblies, process.WorkingSet64 / (1024.0 * 1024));
        }
    }

    private async Task RegisterCommandsAsync(ulong applicationId, CancellationToken ct)
    {
        var guild = discordOptions.Value.GuildId;
        var changed = await rest.SyncCommandsAsync(applicationId, guild, catalog.SlashCommands(), ct);
        LogCommandsRegistered(catalog.Commands.Count, guild is null ? "globally" : $"in guild {guild}", changed);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Critical, Message = "Discord refused the bot for good, stopping: {Reason}")]
    private partial void LogGatewayFatal(string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Handling a {What} failed (ref {Reference})")]
    private partial void LogHandlerFailed(Exception exception, string what, string reference);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "{Count} slash commands registered {Where} (changed: {Changed})")]
    private partial void LogCommandsRegistered(int count, string where, bool changed);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Ready {StartMilliseconds:0} ms after the process started, with {Assemblies} assemblies loaded and {ResidentMiB:0.0} MiB resident")]
    private partial void LogReady(double startMilliseconds, int assemblies, double residentMiB);
}
