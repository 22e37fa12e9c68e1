using System.Net;
using System.Net.Sockets;
using Docker.DotNet;
using ServerStatus.Application.Common.Results;
using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.UnitTests.Infrastructure.Docker;

public sealed class DockerFailuresTests : IDisposable
{
    private const string Socket = "unix:///run/secret-host-path/docker.sock";

    private readonly EngineConnection _engine;

    public DockerFailuresTests()
    {
        var options = new EngineOptions { Name = "local", Endpoint = new Uri(Socket) };
        _engine = new EngineConnection(options, DockerClientFactory.Create(options));
    }

    public void Dispose() => _engine.Client.Dispose();

    [Fact]
    public void TranslatesTheEnginesRawText_IntoASentence()
    {
        var raw = new DockerApiException(HttpStatusCode.InternalServerError, """{"message":"Cannot restart container mc: Container 0123abcd is not running"}""");

        var error = DockerFailures.Describe(_engine, raw, "mc");

        error.Message.ShouldBe("`mc` is not running.");
        error.Outcome.ShouldNotBe(Outcome.Unavailable);
    }

    [Theory]
    [InlineData(HttpStatusCode.Conflict, "Container 0123abcd is restarting, wait until the container is running", "`mc` is restarting: try again in a moment.")]
    [InlineData(HttpStatusCode.Conflict, "Container 0123abcd is paused, unpause the container before stopping or killing", "`mc` is paused: unpause it first.")]
    [InlineData(HttpStatusCode.InternalServerError, "Cannot kill container: mc: a restart is already in progress", "Another action on `mc` is still in progress: try again in a moment.")]
    public void TranslatesKnownStates(HttpStatusCode status, string raw, string expected)
    {
        var error = DockerFailures.Describe(_engine, new DockerApiException(status, $$"""{"message":"{{raw}}"}"""), "mc");

        error.Message.ShouldBe(expected);
    }

    [Fact]
    public void KeepsAnUnknownEngineErrorOutOfTheReply()
    {
        var raw = new DockerApiException(HttpStatusCode.InternalServerError, """{"message":"runc: oci runtime error xyz at /var/lib/docker/overlay2"}""");

        var error = DockerFailures.Describe(_engine, raw, "mc");

        error.Message.ShouldContain("`local`");
        error.Message.ShouldNotContain("xyz");
        error.Message.ShouldNotContain("/var/lib/docker");
        error.Outcome.ShouldNotBe(Outcome.Unavailable);
    }

    [Fact]
    public void NamesTheEngineButNotItsAddress_WhenItIsUnreachable()
    {
        var refused = new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused));

        var error = DockerFailures.Describe(_engine, refused, "mc");

        error.Message.ShouldBe("Docker engine `local` is not reachable (connection refused).");
        error.Outcome.ShouldBe(Outcome.Unavailable);
    }
}
