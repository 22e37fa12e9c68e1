namespace ServerStatus.IntegrationTests.Host;

/// <summary>cmd, exec and logs through the fake Discord against the real engine.</summary>
public sealed class ConsoleCommandTests(ConsoleCommandTests.Setup fixture) : BotTests<ConsoleCommandTests.Setup>(fixture)
{
    [Fact]
    public async Task TypesTheLineExactlyAsWritten_AndShowsTheAnswer()
    {
        var reply = await Discord.AskAsync(TestApp.AdminId, "$cmd game say don't \"panic\"  twice");

        reply.ShouldContain("Sent to **game**");
        reply.ShouldContain("got: say don't \"panic\"  twice");
    }

    [Fact]
    public async Task ExplainsHowToOpenStdin()
    {
        var reply = await Discord.AskAsync(TestApp.AdminId, "$cmd box say hi");

        reply.ShouldContain("docker run -i");
    }

    [Fact]
    public async Task AttachesLongExecOutputAsAFile()
    {
        var asked = await Discord.SayAsync(TestApp.AdminId, "$exec box sh -c \"seq 1 3000\"");

        var reply = await Discord.WaitForReplyAsync(asked);

        reply.Content.ShouldNotBeNull().ShouldContain("exited with code 0");
        var file = reply.Attachments.ShouldHaveSingleItem();
        file.FileName.ShouldBe("box-exec.txt");
        System.Text.Encoding.UTF8.GetString(file.Content).Split('\n').Length.ShouldBe(3000);
    }

    [Fact]
    public async Task ShowsTheLogsWithoutColourCodes()
    {
        await Sandbox.CreateServerAsync("colour", command: "printf '\\033[32mready\\033[0m\\n'; sleep 600");

        var reply = await Eventually.ValueAsync(
            () => Discord.AskAsync(TestApp.AdminId, "$logs colour 5"),
            text => text.Contains("ready", StringComparison.Ordinal),
            "$logs shows the line the server printed");

        reply.ShouldContain("```\nready\n```");
        reply.ShouldNotContain("\u001b");
    }

    [Fact]
    public async Task SendsConsoleLinesFromTheSlashCommandToo()
    {
        var token = await Discord.SlashAsync(TestApp.AdminId, "cmd", new { server = "game", text = "save-all 'flush'" });

        var answer = await Discord.WaitForAnswerAsync(token);

        FakeDiscordServer.Text(answer.Original ?? throw new InvalidOperationException("no answer")).ShouldContain("got: save-all 'flush'");
    }

    /// <summary><c>game</c> answers every line it reads on an open stdin; <c>box</c> has none.</summary>
    public sealed class Setup : BotFixture
    {
        protected override async Task BeforeStartAsync()
        {
            await Sandbox.CreateServerAsync("game", command: "while read -r line; do echo \"got: $line\"; done", openStdin: true);
            await Sandbox.CreateServerAsync("box");
        }
    }
}
