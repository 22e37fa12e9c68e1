using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Servers;

/// <summary>
/// <c>status [servers...]</c>: every server the user may see, one line each; or one server's card. A card shown before
/// the server's CPU and memory were measured is edited once they are (or once it is clear they will not be).
/// </summary>
public sealed class StatusCommand : BotCommand<GetServerStatus, StatusReport>
{
    // The engine publishes a sample a second and CPU needs two: a few seconds cover a cold start.
    private const int RefreshAttempts = 5;
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(1);

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

    public override async Task<BotReply?> FollowUpAsync(GetServerStatus message, StatusReport result, CommandSession session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (result is not ServerCard { } card || !card.IsMeasuring())
        {
            return null;
        }

        for (var attempt = 0; attempt < RefreshAttempts && card.IsMeasuring(); attempt++)
        {
            await Task.Delay(RefreshEvery, session.Time, ct);
            var refreshed = await session.Sender.SendAsync(session.Actor, new RefreshServerCard(card.Summary.Id.QualifiedName), ct);
            if (!refreshed.IsSuccess)
            {
                break; // gone or hidden since: the first answer stays, now without a promise of numbers
            }

            card = refreshed.Value;
        }

        return StatusReplies.Card(card, measured: true);
    }
}
