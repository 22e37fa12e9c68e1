using Microsoft.Extensions.Options;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.DiscordApi.Events;
using ServerStatus.Presentation.Discord.DiscordApi.Gateway;
using ServerStatus.Presentation.Discord.DiscordApi.Rest;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>Chat commands: <c>$status</c>, <c>@bot restart mc</c>.</summary>
public sealed class MessageCommandHandler(
    IDiscordGateway gateway,
    IDiscordRest rest,
    PrefixCommandParser parser,
    CommandExecutor executor,
    IOptions<BotOptions> options,
    TimeProvider time)
{
    public async Task HandleAsync(MessageCreated message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.AuthorIsBot)
        {
            return;
        }

        var prefix = options.Value.Prefix;
        var parsed = parser.Parse(message.Content, prefix, gateway.CurrentUserId ?? 0);
        if (parsed is null)
        {
            return;
        }

        var target = new ChannelReplyTarget(rest, message.ChannelId, message.MessageId, TimeSpan.FromMilliseconds(options.Value.TypingAfterMilliseconds), time);
        if (parsed.Problem is { } problem)
        {
            await target.DeliverAsync(Task.FromResult(problem), ct);
            return;
        }

        await executor.ExecuteAsync(parsed.Command!, parsed.Run!, Actors.From(message), prefix, target, ct);
    }
}
