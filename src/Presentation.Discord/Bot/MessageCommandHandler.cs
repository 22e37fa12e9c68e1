using DiscordApi.Events;
using DiscordApi.Gateway;
using DiscordApi.Rest;
using Microsoft.Extensions.Options;
using ServerStatus.Presentation.Discord.Commands;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>Chat commands: <c>$status</c>, <c>@bot restart mc</c>.</summary>
public sealed class MessageCommandHandler(
    IDiscordGateway gateway,
    IDiscordRest rest,
    PrefixCommandParser parser,
    CommandExecutor executor,
    SensitiveMessageJanitor janitor,
    ProgressDisplay progressDisplay,
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

        IReplyTarget target = new ChannelReplyTarget(rest, message.ChannelId, message.MessageId, TimeSpan.FromMilliseconds(options.Value.TypingAfterMilliseconds), time, progressDisplay);
        var cleanUp = Task.CompletedTask;
        if (parsed.Command?.Definition.Sensitive == true && message.GuildId is not null)
        {
            // Who may do what is nobody else's business: the request disappears, the answer goes by DM.
            cleanUp = janitor.CountDownAndDeleteAsync(message.ChannelId, message.MessageId, ct);
            target = new DirectMessageReplyTarget(rest, message.AuthorId, target);
        }

        if (parsed.Problem is { } problem)
        {
            await target.DeliverAsync(Task.FromResult(problem), progress: null, ct);
            await cleanUp;
            return;
        }

        var actor = Actors.From(message.MemberIncluded ? message : message with { MemberRoleIds = await FetchRolesAsync(message, ct) });
        await executor.ExecuteAsync(parsed.Command!, parsed.Run!, actor, prefix, target, ct);
        await cleanUp;
    }

    // Guild messages normally carry the author's roles; when Discord left them out, ask for them.
    private async Task<IReadOnlyList<ulong>> FetchRolesAsync(MessageCreated message, CancellationToken ct)
    {
        try
        {
            return (await rest.GetGuildMemberAsync(message.GuildId!.Value, message.AuthorId, ct)).RoleIds;
        }
        catch (DiscordApiException)
        {
            // Not a member any more (or no access): only personal grants apply, as in a DM.
            return [];
        }
    }
}
