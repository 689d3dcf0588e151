using System.Net.Sockets;
using System.Text;

namespace MedCoder.Gateway.Tests.Edge;

/// <summary>
/// HTTP/1.1 over a bare socket, for clients HttpClient will not imitate: one that keeps sending a body the server
/// already refused (the response is read while the body is still being written), and one that trickles it.
/// </summary>
public static class RawHttp
{
    /// <summary>The response as text (status line, headers, body) once the server closes or the timeout passes.</summary>
    public static async Task<string> PostAsync(Uri url, string path, IReadOnlyDictionary<string, string> headers, long bodyBytes, bool chunked, TimeSpan timeout)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(url.Host, url.Port);
        var stream = client.GetStream();
        var head = new StringBuilder($"POST {path} HTTP/1.1\r\nHost: {url.Authority}\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append($"{name}: {value}\r\n");
        }

        head.Append(chunked ? "Transfer-Encoding: chunked\r\n\r\n" : $"Content-Length: {bodyBytes}\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));

        using var deadline = new CancellationTokenSource(timeout);
        var sending = SendBodyAsync(stream, bodyBytes, chunked, deadline.Token);
        var response = await ReadToEndAsync(stream, deadline.Token);
        await deadline.CancelAsync();
        await sending;
        return response;
    }

    private static async Task SendBodyAsync(NetworkStream stream, long bytes, bool chunked, CancellationToken cancellationToken)
    {
        // Starts like a JSON document with one long string, so a streaming parser keeps reading to the limit.
        var block = Enumerable.Repeat((byte)'a', 64 * 1024).ToArray();
        "{\"notes\":\""u8.CopyTo(block);
        try
        {
            for (long sent = 0; sent < bytes; sent += block.Length)
            {
                var size = (int)Math.Min(block.Length, bytes - sent);
                if (sent > 0)
                {
                    block.AsSpan(0, 10).Fill((byte)'a');
                }

                if (chunked)
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes($"{size:x}\r\n"), cancellationToken);
                }

                await stream.WriteAsync(block.AsMemory(0, size), cancellationToken);
                if (chunked)
                {
                    await stream.WriteAsync("\r\n"u8.ToArray(), cancellationToken);
                }
            }

            if (chunked)
            {
                await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The server stopped reading: expected once it has refused the body.
        }
    }

    private static async Task<string> ReadToEndAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                received.Write(buffer, 0, read);
                if (IsComplete(received))
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            // Reset or timeout: keep what arrived.
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }

    /// <summary>Headers and a body that ended (Content-Length reached, or the last chunk of a chunked body).</summary>
    private static bool IsComplete(MemoryStream received)
    {
        var text = Encoding.UTF8.GetString(received.ToArray());
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var head = text[..end];
        var body = text[(end + 4)..];
        var length = head.Split("\r\n").FirstOrDefault(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        return length is not null
            ? Encoding.UTF8.GetByteCount(body) >= int.Parse(length["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture)
            : body.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
    }
}
