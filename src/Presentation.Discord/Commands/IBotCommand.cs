namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>A chat and slash command as the dispatcher sees it, whatever application message it sends.</summary>
public interface IBotCommand
{
    CommandInfo Info { get; }

    /// <summary>Who may use it, as its application message declares.</summary>
    CommandRequirement Requirement { get; }

    /// <summary>Reads the arguments (the same from chat and slash): a run ready to start, or what is wrong with them.</summary>
    PreparedCommand Prepare(CommandArguments arguments);
}
