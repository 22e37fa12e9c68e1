using System.Globalization;
using System.Text.RegularExpressions;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>Reads user, role and channel mentions (<c>&lt;@id&gt;</c>, legacy <c>&lt;@!id&gt;</c>, <c>&lt;@&amp;id&gt;</c>, <c>&lt;#id&gt;</c>) and bare ids.</summary>
public static partial class Mentions
{
    public static bool TryParseUser(string text, out ulong id) => TryMatch(UserPattern(), text, out id);

    public static bool TryParseRole(string text, out ulong id) => TryMatch(RolePattern(), text, out id);

    /// <summary>A channel mention (<c>&lt;#id&gt;</c>) or a bare channel id.</summary>
    public static bool TryParseChannel(string text, out ulong id) => TryMatch(ChannelPattern(), text, out id) || TryMatch(BareIdPattern(), text, out id);

    /// <summary>A user or role mention; a bare id is taken as a user (slash commands resolve roles themselves).</summary>
    public static bool TryParseSubject(string text, out Subject subject)
    {
        if (TryParseRole(text, out var role))
        {
            subject = Subject.Role(role);
            return true;
        }

        if (TryParseUser(text, out var user) || TryMatch(BareIdPattern(), text, out user))
        {
            subject = Subject.User(user);
            return true;
        }

        subject = default;
        return false;
    }

    private static bool TryMatch(Regex pattern, string text, out ulong id)
    {
        var match = pattern.Match(text ?? "");
        id = 0;
        return match.Success && ulong.TryParse(match.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }

    [GeneratedRegex(@"^<@!?(?<id>\d{1,20})>\z", RegexOptions.CultureInvariant)]
    private static partial Regex UserPattern();

    [GeneratedRegex(@"^<@&(?<id>\d{1,20})>\z", RegexOptions.CultureInvariant)]
    private static partial Regex RolePattern();

    [GeneratedRegex(@"^<#(?<id>\d{1,20})>\z", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelPattern();

    [GeneratedRegex(@"^(?<id>\d{15,20})\z", RegexOptions.CultureInvariant)]
    private static partial Regex BareIdPattern();
}
