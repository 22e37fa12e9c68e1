using DiscordApi.Events;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Watch;
using ServerStatus.Presentation.Discord.Bot;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Notifications.Incidents;

/// <summary>
/// The buttons under an incident run the typed commands for its server as the user who clicked — `restart`,
/// `logs … 50`, `alerts mute … for 1h` — so they are authorized and audited exactly like typing them. The answer
/// is private to the clicker; the incident itself is edited by the events that follow (a restart brings it back).
/// </summary>
public sealed class IncidentButtons(CommandCatalog catalog, CommandExecutor executor, ActorScopedSender sender, ReplyTargets targets)
{
    public const int LogLines = 50;
    private const string SlashPrefix = "/";

    public async Task AnswerAsync(InteractionCreated interaction, string action, long incidentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var target = targets.For(interaction, sensitive: true);
        var incident = await sender.SendAsync(Actor.System, new GetIncident(incidentId), ct);
        if (!incident.IsSuccess || incident.Value.IsEngineIncident)
        {
            await executor.RefuseAsync("This incident is no longer known, so its buttons do nothing: use the typed commands.", usage: null, SlashPrefix, target, ct);
            return;
        }

        var server = incident.Value.Server;
        (string Name, string[] Words) typed = action switch
        {
            IncidentReplies.RestartAction => ("restart", [server]),
            IncidentReplies.LogsAction => ("logs", [server, LogLines.ToString(System.Globalization.CultureInfo.InvariantCulture)]),
            IncidentReplies.MuteAction => ("alerts", ["mute", server, "for", "1h"]),
            _ => ("", []),
        };
        var (name, words) = typed;
        if (catalog.Find(name) is not { } command)
        {
            await executor.RefuseAsync("This button belongs to an older version of the bot: use the typed commands.", usage: null, SlashPrefix, target, ct);
            return;
        }

        await executor.ExecuteAsync(command, CommandArguments.FromTokens(words), Actors.From(interaction), SlashPrefix, target, ct);
    }
}
