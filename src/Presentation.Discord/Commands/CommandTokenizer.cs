using System.Text;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>
/// Splits a command line into words the way a shell would: whitespace separates, "double" or
/// 'single' quotes group, a backslash escapes the next character outside single quotes.
/// </summary>
public static class CommandTokenizer
{
    /// <summary>The text after its first <paramref name="words"/> words, as written (quotes kept); empty when there is no more.</summary>
    public static string After(string text, int words)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        for (var word = 0; word < words; word++)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            char? quote = null;
            for (; i < text.Length && (quote is not null || !char.IsWhiteSpace(text[i])); i++)
            {
                var c = text[i];
                if (quote is not null)
                {
                    quote = c == quote ? null : quote;
                }
                else if (c is '"' or '\'' or '“')
                {
                    quote = c is '“' ? '”' : c;
                }
                else if (c == '\\')
                {
                    i++;
                }
            }
        }

        return i < text.Length ? text[i..].Trim() : "";
    }

    public static Result<IReadOnlyList<string>> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else if (c == '\\' && quote == '"' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
                {
                    current.Append(text[++i]);
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }
            }
            else
            {
                inWord = true;
                if (c is '"' or '\'' or '“' or '”')
                {
                    quote = c is '“' ? '”' : c;
                }
                else if (c == '\\' && i + 1 < text.Length)
                {
                    current.Append(text[++i]);
                }
                else
                {
                    current.Append(c);
                }
            }
        }

        if (quote is not null)
        {
            return Error.Invalid($"A quote ({quote}) is not closed.");
        }

        if (inWord)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
