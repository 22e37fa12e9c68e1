namespace ServerStatus.IntegrationTests.Support;

/// <summary>
/// A test class whose tests share one host, its class fixture: xUnit makes the fixture once per class and runs the
/// class's tests one after another, so before each test the fixture is reset (<see cref="HostFixture.BeginTestAsync"/>).
/// Test classes still run in parallel, each with its own host, containers and database.
/// </summary>
public abstract class HostTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : HostFixture
{
    protected TFixture Fixture { get; } = fixture;

    protected DockerSandbox Sandbox => Fixture.Sandbox;

    public virtual Task InitializeAsync() => Fixture.BeginTestAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;
}
