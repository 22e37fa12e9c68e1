namespace ServerStatus.IntegrationTests.Games;

public enum FakeGameBehaviour
{
    /// <summary>Answers as a real server does.</summary>
    Answers,

    /// <summary>Reads the request and never answers.</summary>
    Silent,

    /// <summary>Answers with bytes that are not the protocol's.</summary>
    Malformed,
}
