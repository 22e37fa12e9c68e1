using ServerStatus.Presentation.Discord.Commands;

namespace ServerStatus.UnitTests.Presentation.Commands;

/// <summary>The README's command table names every command and every alias the bot answers to.</summary>
public sealed class ReadmeCommandTableTests
{
    [Fact]
    public void NamesEveryCommandAndAlias()
    {
        var table = CommandTable();
        var names = CommandCatalog.Default.Commands.SelectMany(c => c.Info.Names)
            .Concat(CommandCatalog.Default.Commands.OfType<CommandGroup>().SelectMany(g => g.Members.SelectMany(m => m.Info.Names.Select(n => $"{g.Info.Name} {n}"))));

        // A sibling command is typed with a space in chat (`schedule_list` is `schedule list`); a sub-command may share
        // its line with others (`admins add|remove`).
        var missing = names.Where(name => !new[] { name, name.Replace('_', ' ') }.Any(form => Mentions(table, form)));

        missing.ShouldBeEmpty();
    }

    private static bool Mentions(string table, string name) =>
        table.Contains($"`{name}", StringComparison.Ordinal)
        || (name.Split(' ') is [var group, var member] && table.Split('\n').Any(line => line.Contains($"`{group} ", StringComparison.Ordinal)
            && line.Split(['`', ' ', '|', '\\', '/'], StringSplitOptions.RemoveEmptyEntries).Contains(member)));

    private static string CommandTable()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "README.md")))
        {
            directory = directory.Parent;
        }

        var readme = File.ReadAllText(Path.Combine(directory.ShouldNotBeNull("README.md above the test output").FullName, "README.md"));
        var start = readme.IndexOf("| command | what it does | permission |", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0);
        var end = readme.IndexOf("\n\n", start, StringComparison.Ordinal);
        return readme[start..end];
    }
}
