using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Servers;

/// <summary><c>status [servers...]</c>: every server the user may see, one line each; or one server's card.</summary>
public sealed class StatusCommand : BotCommand<GetServerStatus, StatusReport>
{
    public override CommandInfo Info { get; } = new("status", "Servers", "Shows every server you may see, or one server's details.", "status [servers...]")
    {
        Aliases = ["s", "ps"],
        Examples = ["status", "status mc", "status mc web"],
        SlashOptions = [CommandOptions.Servers(required: false)],
    };

    protected override GetServerStatus Sample { get; } = new([]);

    public override Result<GetServerStatus> Parse(CommandArguments arguments) => new GetServerStatus(arguments.Words);

    public override BotReply Format(StatusReport result) => result switch
    {
        ServerCard card => StatusReplies.Card(card),
        StatusOverview overview => StatusReplies.Overview(overview),
        _ => throw new InvalidOperationException($"Unknown status report {result.GetType().Name}."),
    };
}
