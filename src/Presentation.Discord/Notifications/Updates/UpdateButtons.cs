using DiscordApi.Events;
using ServerStatus.Presentation.Discord.Bot;
using ServerStatus.Presentation.Discord.Commands;

namespace ServerStatus.Presentation.Discord.Notifications.Updates;

/// <summary>
/// The buttons under an update's message run the typed command as the user who clicked, so they are authorized, confirmed
/// and audited exactly like typing it: "Update" runs <c>update &lt;server&gt;</c> (which asks to confirm), "Skip this
/// version" runs <c>update skip &lt;server&gt;</c>. The answer is private to the clicker; the message is edited by the command itself.
/// </summary>
public sealed class UpdateButtons(CommandCatalog catalog, CommandExecutor executor, ReplyTargets targets)
{
    private const string SlashPrefix = "/";

    public async Task AnswerAsync(InteractionCreated interaction, bool update, string server, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var target = targets.For(interaction, sensitive: true);
        if (catalog.Find("update") is not { } command)
        {
            await executor.RefuseAsync("This button belongs to an older version of the bot: use the typed commands.", usage: null, SlashPrefix, target, ct);
            return;
        }

        await executor.ExecuteAsync(command, CommandArguments.FromTokens(update ? [server] : ["skip", server]), Actors.From(interaction), SlashPrefix, target, ct);
    }
}
