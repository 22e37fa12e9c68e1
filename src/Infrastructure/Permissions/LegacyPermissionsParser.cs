using System.Globalization;
using System.Text;
using System.Text.Json;
using ServerStatus.Application.Permissions.ImportLegacyPermissions;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Infrastructure.Permissions;

/// <summary>
/// Parses the old bot's <c>permissions.json</c>
/// (<c>{"servers":[{"name":"mc","status":[ids],..}],"users":{"admins":[ids]}}</c>) into entries, and
/// everything it cannot use into problems with the line where it is. Never throws on bad content:
/// malformed JSON gives a malformed file (nothing to import) with the line of the error.
/// </summary>
public sealed class LegacyPermissionsParser
{
    private static readonly JsonReaderOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private readonly string _path;
    private readonly int[] _newlines;
    private readonly List<LegacyProblem> _problems = [];
    private readonly List<LegacyGrantEntry> _grants = [];
    private readonly List<ulong> _admins = [];
    private readonly Dictionary<(ulong UserId, Permission Permission, string Server), int> _seenGrants = [];
    private readonly Dictionary<ulong, int> _seenAdmins = [];

    private LegacyPermissionsParser(string path, ReadOnlySpan<byte> json)
    {
        _path = path;
        var newlines = new List<int>();
        for (var i = json.IndexOf((byte)'\n'); i >= 0; i = NextNewline(json, i))
        {
            newlines.Add(i);
        }

        _newlines = [.. newlines];
    }

    public static LegacyPermissionsFile Parse(string path, string hash, ReadOnlySpan<byte> content)
    {
        var json = content.StartsWith("\uFEFF"u8) ? content[3..] : content;
        if (FindSyntaxError(json) is { } syntaxError)
        {
            return new LegacyPermissionsFile(path, hash, [], [], [syntaxError], IsMalformed: true);
        }

        var parser = new LegacyPermissionsParser(path, json);
        var reader = new Utf8JsonReader(json, Options);
        parser.ParseRoot(ref reader);
        return new LegacyPermissionsFile(path, hash, parser._grants, parser._admins, [.. parser._problems.OrderBy(p => p.Line)]);

        LegacyProblem? FindSyntaxError(ReadOnlySpan<byte> json)
        {
            var reader = new Utf8JsonReader(json, Options);
            try
            {
                while (reader.Read())
                {
                }

                return null;
            }
            catch (JsonException ex)
            {
                // The reader counts lines and columns from 0 and appends them to its message; we report them from 1.
                var line = (int)Math.Min((ex.LineNumber ?? 0) + 1, int.MaxValue);
                var column = (ex.BytePositionInLine ?? 0) + 1;
                var marker = ex.Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
                var reason = marker < 0 ? ex.Message : ex.Message[..marker];
                return new LegacyProblem(path, line, $"skipped the whole file: it is not valid JSON at column {column}: {reason}");
            }
        }
    }

    private static int NextNewline(ReadOnlySpan<byte> json, int previous)
    {
        var next = json[(previous + 1)..].IndexOf((byte)'\n');
        return next < 0 ? -1 : previous + 1 + next;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private int LineOf(in Utf8JsonReader reader)
    {
        var offset = (int)reader.TokenStartIndex;
        var index = Array.BinarySearch(_newlines, offset);
        return (index < 0 ? ~index : index) + 1;
    }

    private void Problem(int line, string message) => _problems.Add(new LegacyProblem(_path, line, message));

    private void ParseRoot(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Problem(LineOf(reader), "skipped the whole file: the top level is not an object with `servers` and `users`");
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString() ?? "";
            var line = LineOf(reader);
            reader.Read();
            switch (key)
            {
                case "servers":
                    ParseServers(ref reader, line);
                    break;
                case "users":
                    ParseUsers(ref reader, line);
                    break;
                default:
                    Problem(line, $"skipped unknown top-level key `{Shorten(key)}`: only `servers` and `users` are read");
                    reader.Skip();
                    break;
            }
        }
    }

    private void ParseServers(ref Utf8JsonReader reader, int line)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Problem(line, "skipped `servers`: it is not a list of server entries");
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ParseServer(ref reader);
            }
            else
            {
                Problem(LineOf(reader), "skipped a server entry that is not an object");
                reader.Skip();
            }
        }
    }

    private void ParseServer(ref Utf8JsonReader reader)
    {
        var entryLine = LineOf(reader);
        string? name = null;
        var nameLine = entryLine;
        var lists = new List<PermissionList>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString() ?? "";
            var keyLine = LineOf(reader);
            reader.Read();
            if (key == "name")
            {
                if (name is not null)
                {
                    Problem(keyLine, $"skipped a second `name` in server `{Shorten(name)}`");
                }
                else if (reader.TokenType == JsonTokenType.String)
                {
                    name = reader.GetString() ?? "";
                    nameLine = keyLine;
                }
                else
                {
                    Problem(keyLine, "skipped a `name` that is not a string");
                }

                reader.Skip();
                continue;
            }

            lists.Add(ReadList(ref reader, key, keyLine));
        }

        AddServer(name, entryLine, nameLine, lists);
    }

    private PermissionList ReadList(ref Utf8JsonReader reader, string key, int keyLine)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return new PermissionList(key, keyLine, [], IsList: false);
        }

        var ids = new List<RawId>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            ids.Add(ReadId(ref reader));
        }

        return new PermissionList(key, keyLine, ids, IsList: true);
    }

    private void AddServer(string? name, int entryLine, int nameLine, List<PermissionList> lists)
    {
        var ids = lists.Sum(l => l.Ids.Count);
        if (name is null)
        {
            Problem(entryLine, $"skipped a server entry without a `name` ({ids} user ids)");
            return;
        }

        if (!ServerName.TryParse(name, out var server))
        {
            Problem(nameLine, $"skipped server `{Shorten(name)}` ({ids} user ids): not a valid server name (letters, digits, `.`, `_` or `-`)");
            return;
        }

        foreach (var list in lists)
        {
            if (!PermissionNames.TryParse(list.Key, out var permission))
            {
                Problem(list.Line, $"skipped unknown key `{Shorten(list.Key)}` in server `{name}` ({list.Ids.Count} user ids): not a permission name");
                continue;
            }

            if (!list.IsList)
            {
                Problem(list.Line, $"skipped `{list.Key}` of server `{name}`: it is not a list of user ids");
                continue;
            }

            foreach (var id in list.Ids)
            {
                if (id.Value is not { } userId)
                {
                    Problem(id.Line, $"skipped `{id.Text}` in `{list.Key}` of server `{name}`: not a Discord user id");
                }
                else if (!_seenGrants.TryAdd((userId, permission, server.ToString().ToUpperInvariant()), id.Line))
                {
                    Problem(id.Line, $"skipped duplicate: user {userId} already has `{list.Key}` on `{name}` (line {_seenGrants[(userId, permission, server.ToString().ToUpperInvariant())]})");
                }
                else
                {
                    _grants.Add(new LegacyGrantEntry(userId, list.Key, name, id.Line));
                }
            }
        }
    }

    private void ParseUsers(ref Utf8JsonReader reader, int line)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Problem(line, "skipped `users`: it is not an object with `admins`");
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString() ?? "";
            var keyLine = LineOf(reader);
            reader.Read();
            if (key != "admins")
            {
                Problem(keyLine, $"skipped unknown key `users.{Shorten(key)}`: only `users.admins` is read");
                reader.Skip();
                continue;
            }

            var list = ReadList(ref reader, key, keyLine);
            if (!list.IsList)
            {
                Problem(keyLine, "skipped `users.admins`: it is not a list of user ids");
                continue;
            }

            foreach (var id in list.Ids)
            {
                if (id.Value is not { } userId)
                {
                    Problem(id.Line, $"skipped `{id.Text}` in `users.admins`: not a Discord user id");
                }
                else if (!_seenAdmins.TryAdd(userId, id.Line))
                {
                    Problem(id.Line, $"skipped duplicate admin {userId} (line {_seenAdmins[userId]})");
                }
                else
                {
                    _admins.Add(userId);
                }
            }
        }
    }

    // A Discord id (snowflake) is a positive 64-bit integer, written by the old bot as a string or a number.
    private RawId ReadId(ref Utf8JsonReader reader)
    {
        var line = LineOf(reader);
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                var number = Encoding.UTF8.GetString(reader.ValueSpan);
                return new RawId(reader.TryGetUInt64(out var fromNumber) && fromNumber > 0 ? fromNumber : null, Shorten(number), line);
            case JsonTokenType.String:
                var text = (reader.GetString() ?? "").Trim();
                var isId = ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var fromText) && fromText > 0;
                return new RawId(isId ? fromText : null, Shorten($"\"{text}\""), line);
            default:
                var kind = reader.TokenType switch
                {
                    JsonTokenType.StartObject => "an object",
                    JsonTokenType.StartArray => "a list",
                    JsonTokenType.Null => "null",
                    _ => "true/false",
                };
                reader.Skip();
                return new RawId(null, kind, line);
        }
    }

    private sealed record PermissionList(string Key, int Line, List<RawId> Ids, bool IsList);

    private sealed record RawId(ulong? Value, string Text, int Line);
}
