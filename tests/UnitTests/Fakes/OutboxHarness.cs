using DiscordApi.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Bot.Outbox;
using ServerStatus.Presentation.Discord.Bot.Outbox;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Fakes;

/// <summary>The bot's outbox of answers on a Discord of the test's and an in-memory store.</summary>
public sealed class OutboxHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public OutboxHarness(IDiscordRest rest, TimeProvider time, ReplyOutboxOptions? options = null)
    {
        _services = new ServiceCollection().AddSingleton<IReplyOutbox>(Store).BuildServiceProvider();
        Courier = new ReplyCourier(rest, time, Options.Create(options ?? new ReplyOutboxOptions()), NullLogger<ReplyCourier>.Instance);
        Outbox = new ReplyOutbox(Courier, _services.GetRequiredService<IServiceScopeFactory>(), time, NullLogger<ReplyOutbox>.Instance);
    }

    public InMemoryReplyOutbox Store { get; } = new();

    public ReplyCourier Courier { get; }

    public ReplyOutbox Outbox { get; }

    public void Dispose()
    {
        Outbox.Dispose();
        _services.Dispose();
    }
}
