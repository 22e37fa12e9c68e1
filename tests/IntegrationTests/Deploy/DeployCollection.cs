namespace ServerStatus.IntegrationTests.Deploy;

/// <summary>
/// The deploy tests that publish and build the image run alone, after the parallel test classes: compiling on the two
/// cores beside them would upset the gateway's and the rate limits' timing tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DeployCollection
{
    public const string Name = "Deploy";
}
