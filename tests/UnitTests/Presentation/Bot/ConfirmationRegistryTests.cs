using DiscordApi.Messages;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Presentation.Discord.Bot;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Hosting;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.UnitTests.Presentation.Bot;

public sealed class ConfirmationRegistryTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly SlowPromptTarget _target = new();

    [Fact]
    public async Task KnowsThePrompt_WhileItIsStillBeingPosted()
    {
        var registry = Registry();

        var asking = registry.AskAsync(1, "Kill **mc**?", _ => Task.FromResult(BotReply.Of(OutgoingMessage.Text("killed"))), new CommandProgress(_time), _target, CancellationToken.None);

        registry.Count.ShouldBe(1); // a click that arrives before Discord has answered the post finds it
        _target.Posted.SetResult();
        await asking;
        registry.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ExpiresThePrompt_AfterItWasPosted()
    {
        var registry = Registry();
        var asking = registry.AskAsync(1, "Kill **mc**?", _ => Task.FromResult(BotReply.Of(OutgoingMessage.Text("killed"))), new CommandProgress(_time), _target, CancellationToken.None);
        _target.Posted.SetResult();
        await asking;

        _time.Advance(TimeSpan.FromSeconds(30));

        await Eventually.HoldsAsync(() => _target.Replaced.Count == 1, "the expired prompt is edited");
        registry.Count.ShouldBe(0);
        _target.Replaced[0].Embeds[0].Title.ShouldBe("⌛ Confirmation expired");
    }

    [Fact]
    public async Task ForgetsThePrompt_WhenItCouldNotBePosted()
    {
        var registry = Registry();
        var asking = registry.AskAsync(1, "Kill **mc**?", _ => Task.FromResult(BotReply.Of(OutgoingMessage.Text("killed"))), new CommandProgress(_time), _target, CancellationToken.None);

        _target.Posted.SetException(new HttpRequestException("Discord is down"));

        await Should.ThrowAsync<HttpRequestException>(asking);
        registry.Count.ShouldBe(0);
    }

    private ConfirmationRegistry Registry() =>
        new(_time, Options.Create(new BotOptions { ConfirmationSeconds = 30 }), NullLogger<ConfirmationRegistry>.Instance);

    private sealed class SlowPromptTarget : IReplyTarget
    {
        public TaskCompletionSource Posted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<OutgoingMessage> Replaced { get; } = [];

        public Task DeliverAsync(Task<BotReply> reply, CommandProgress? progress, CancellationToken ct) => Task.CompletedTask;

        public Task RefuseAsync(BotReply problem, CancellationToken ct) => Task.CompletedTask;

        public Task EditAsync(BotReply reply, CancellationToken ct) => Task.CompletedTask;

        public async Task<Func<OutgoingMessage, CancellationToken, Task>> PromptAsync(OutgoingMessage prompt, CancellationToken ct)
        {
            await Posted.Task;
            return (replacement, _) =>
            {
                lock (Replaced)
                {
                    Replaced.Add(replacement);
                }

                return Task.CompletedTask;
            };
        }
    }
}
