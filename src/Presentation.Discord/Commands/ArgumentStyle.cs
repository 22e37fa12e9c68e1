namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>How a command's input is read.</summary>
public enum ArgumentStyle
{
    /// <summary>Words split like a shell does; <c>--name</c> is an option of ours, and an undeclared one is refused.</summary>
    Words,

    /// <summary>Words split like a shell does, <c>--name</c> included: they are a command line for the server (exec).</summary>
    CommandLine,

    /// <summary>Everything after the first word is sent as typed (console lines): quotes and options are not parsed.</summary>
    RawText,
}
