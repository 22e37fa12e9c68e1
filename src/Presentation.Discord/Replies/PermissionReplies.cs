using DiscordApi.Messages;
using ServerStatus.Application.Permissions;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>Answers of the permissions and admins commands: what changed, and readable tables of who may do what where.</summary>
public static class PermissionReplies
{
    public static string Mention(Subject subject) => subject.Kind == SubjectKind.Role ? $"<@&{subject.Id}>" : $"<@{subject.Id}>";

    public static BotReply Granted(GrantChange change)
    {
        var what = $"`{PermissionNames.NameOf(change.Permission)}` on {Scope(change.Scope)}";
        var text = change.Changed ? $"✅ Granted {what} to {Mention(change.Subject)}." : $"ℹ️ {Mention(change.Subject)} already had {what}: nothing changed.";
        if (change.ServerExists == false)
        {
            text += $"\nNo server matches `{change.Scope}` right now; the grant applies as soon as one does.";
        }

        return Notice(text, change.Changed ? ReplyColors.Good : ReplyColors.Neutral);
    }

    public static BotReply Revoked(GrantChange change)
    {
        var what = change.Permission == Permission.All
            ? $"every permission on {Scope(change.Scope)}"
            : $"`{PermissionNames.NameOf(change.Permission)}` on {Scope(change.Scope)}";
        var text = change.Changed ? $"✅ Revoked {what} from {Mention(change.Subject)}." : $"ℹ️ {Mention(change.Subject)} had no {what.Replace("every permission", "permission", StringComparison.Ordinal)}: nothing changed.";
        if (change.Note is { } note)
        {
            text += "\n" + note;
        }

        return Notice(text, change.Changed ? ReplyColors.Good : ReplyColors.Neutral);
    }

    public static BotReply AdminAdded(AdminChange change) =>
        Notice(change.Changed ? $"✅ <@{change.UserId}> is now an admin." : $"ℹ️ <@{change.UserId}> already was an admin.", change.Changed ? ReplyColors.Good : ReplyColors.Neutral);

    public static BotReply AdminRemoved(AdminChange change) =>
        Notice(change.Changed ? $"✅ <@{change.UserId}> is no longer an admin." : $"ℹ️ <@{change.UserId}> was not an admin.", change.Changed ? ReplyColors.Good : ReplyColors.Neutral);

    public static BotReply Table(PermissionsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var title = view.Subject is { } subject ? $"Permissions of {(subject.Kind == SubjectKind.Role ? "role" : "user")} {subject.Id}"
            : view.Server is { } server ? $"Permissions on {server}"
            : "Permissions";
        var lines = view.Grants
            .GroupBy(g => g.Scope, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key == GrantScope.EverywhereText ? "" : g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(scope => $"**{(scope.Key == GrantScope.EverywhereText ? "every server (*)" : scope.Key)}** — " + string.Join(" · ", scope
                .GroupBy(g => g.Subject)
                .Select(subject => $"{Mention(subject.Key)} {PermissionNames.Describe(subject.Aggregate(Permission.None, (all, g) => all | g.Permission))}")))
            .ToList();
        if (lines.Count == 0)
        {
            lines.Add("No grants.");
        }

        lines.Add("");
        lines.Add("**Admins** — " + Admins(view));
        return new BotReply(LineEmbeds.Build(title, lines, ReplyColors.Info, "Role grants apply to whoever holds the role in this guild."));
    }

    public static BotReply AdminList(PermissionsView view) => Notice("**Admins** — " + Admins(view), ReplyColors.Info);

    private static string Admins(PermissionsView view)
    {
        var admins = view.ConfiguredAdmins.Select(id => $"<@{id}> (configured)")
            .Concat(view.StoredAdmins.Except(view.ConfiguredAdmins).Select(id => $"<@{id}>"))
            .ToList();
        return admins.Count == 0 ? "none" : string.Join(", ", admins);
    }

    private static string Scope(GrantScope scope) => scope.IsEverywhere ? "every server" : $"`{scope}`";

    private static BotReply Notice(string text, int color) =>
        BotReply.Of(new EmbedBuilder().WithDescription(ErrorReplies.Fit(text)).WithColor(color).Build());
}
