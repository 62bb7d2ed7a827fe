namespace CorsKit.Configuration.Environment;

/// <summary>Whether the server serves its decisions page (<see cref="CorsEnvironmentVariables.Dashboard"/>).</summary>
internal enum DashboardMode
{
    /// <summary>Not served: the default outside Development.</summary>
    Off,

    /// <summary>Served to browsers on this machine: the default in Development.</summary>
    On,

    /// <summary>Served outside Development because the operator wrote <c>force</c>.</summary>
    Forced,
}
