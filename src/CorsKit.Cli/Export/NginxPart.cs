namespace CorsKit.Cli.Export;

/// <summary>Which part of an nginx export to write: nginx allows <c>map</c> only in <c>http {}</c>, the rest goes in <c>server {}</c>.</summary>
internal enum NginxPart
{
    /// <summary>Both parts, one after the other, each under a heading.</summary>
    Both,

    /// <summary>The maps, for <c>http {}</c>.</summary>
    Http,

    /// <summary>The headers and answers, for <c>server {}</c>.</summary>
    Server,
}
