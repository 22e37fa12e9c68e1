using DiscordApi.Events;
using ServerStatus.Presentation.Discord.Bot;
using ServerStatus.Presentation.Discord.Commands;

namespace ServerStatus.Presentation.Discord.Notifications.Updates;

/// <summary>
/// The "Skip this version" button under an update's message runs <c>update skip &lt;server&gt;</c> as the user who clicked,
/// so it is authorized and audited exactly like typing it; the answer is private to the clicker, and the message is
/// edited by the skip itself.
/// </summary>
public sealed class UpdateButtons(CommandCatalog catalog, CommandExecutor executor, ReplyTargets targets)
{
    private const string SlashPrefix = "/";

    public async Task AnswerSkipAsync(InteractionCreated interaction, string server, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var target = targets.For(interaction, sensitive: true);
        if (catalog.Find("update") is not { } command)
        {
            await executor.RefuseAsync("This button belongs to an older version of the bot: use the typed commands.", usage: null, SlashPrefix, target, ct);
            return;
        }

        await executor.ExecuteAsync(command, CommandArguments.FromTokens(["skip", server]), Actors.From(interaction), SlashPrefix, target, ct);
    }
}
