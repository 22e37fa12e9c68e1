using DiscordApi.Events;
using DiscordApi.Gateway;
using DiscordApi.Rest;
using Microsoft.Extensions.Options;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>Chat commands: <c>$status</c>, <c>@bot restart mc</c>.</summary>
public sealed class MessageCommandHandler(
    IDiscordGateway gateway,
    IDiscordRest rest,
    PrefixCommandParser parser,
    CommandExecutor executor,
    SensitiveMessageJanitor janitor,
    ReplyTargets replyTargets,
    IOptions<BotOptions> options)
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

        // Who may do what is nobody else's business: a sensitive request disappears, and its answer goes by DM.
        var sensitive = parsed.Command?.Info.Sensitive == true;
        var target = replyTargets.For(message, sensitive);
        var cleanUp = sensitive && message.GuildId is not null ? janitor.CountDownAndDeleteAsync(message.ChannelId, message.MessageId, ct) : Task.CompletedTask;

        if (parsed.Command is not { } command)
        {
            await executor.RefuseAsync(parsed.Problem ?? "", usage: null, prefix, target, ct);
        }
        else
        {
            var actor = Actors.From(message.MemberIncluded ? message : message with { MemberRoleIds = await FetchRolesAsync(message, ct) });
            await executor.ExecuteAsync(command, parsed.Arguments, actor, prefix, target, ct);
        }

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
