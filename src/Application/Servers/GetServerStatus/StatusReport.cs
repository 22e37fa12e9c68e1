namespace ServerStatus.Application.Servers.GetServerStatus;

/// <summary>Either an overview (<see cref="StatusOverview"/>) or one server's card (<see cref="ServerCard"/>).</summary>
public abstract record StatusReport;
