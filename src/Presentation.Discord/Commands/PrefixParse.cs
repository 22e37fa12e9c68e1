namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>A message addressed to the bot: a command with its arguments, or what could not be read (<paramref name="Problem"/>).</summary>
public sealed record PrefixParse(IBotCommand? Command, CommandArguments Arguments, string? Problem)
{
    public static PrefixParse Found(IBotCommand command, CommandArguments arguments) => new(command, arguments, null);

    public static PrefixParse Unreadable(string problem) => new(null, CommandArguments.None, problem);
}
