using DiscordApi.Commands;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>
/// A command made of sub-commands that its first word names (<c>permissions grant …</c>, <c>admins list</c>); as a
/// slash command, each member is a sub-command with its own options.
/// </summary>
public sealed class CommandGroup : IBotCommand
{
    private readonly IReadOnlyList<IBotCommand> _members;

    public CommandGroup(CommandInfo info, IReadOnlyList<IBotCommand> members)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(members);
        _members = members;
        Info = info with
        {
            SlashOptions = [.. members.Select(m => new CommandOption(CommandOptionType.SubCommand, m.Info.Name, m.Info.Summary) { Options = m.Info.SlashOptions })],
        };
    }

    public CommandInfo Info { get; }

    /// <summary>What the first member needs; a catalog test proves that every member needs the same.</summary>
    public CommandRequirement Requirement => _members[0].Requirement;

    public IReadOnlyList<IBotCommand> Members => _members;

    public PreparedCommand Prepare(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var choices = string.Join(", ", _members.SkipLast(1).Select(m => $"`{m.Info.Name}`")) + $" or `{_members[^1].Info.Name}`";
        if (arguments.FirstWord is not { } word)
        {
            return PreparedCommand.Refused(Info, $"Say what to do: {choices}.");
        }

        var member = _members.FirstOrDefault(m => m.Info.Names.Contains(word, StringComparer.OrdinalIgnoreCase));
        return member is null
            ? PreparedCommand.Refused(Info, $"`{word}` is not something `{Info.Name}` does: use {choices}.")
            : member.Prepare(arguments.AfterFirstWord());
    }
}
