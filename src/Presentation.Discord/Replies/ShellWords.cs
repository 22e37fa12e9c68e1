namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>Words written back as a command line the way the user typed them: quoted where a shell (and our tokenizer) needs quotes.</summary>
public static class ShellWords
{
    public static string Join(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return string.Join(' ', words.Select(Quote));
    }

    private static string Quote(string word) =>
        word.Length > 0 && !word.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '\\')
            ? word
            : "\"" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
