using System.Net.Http.Headers;
using System.Net.Http.Json;
using MedCoder.Contracts.Encounters;
using MedCoder.Storage;
using MedCoder.SyntheticEncounters;

namespace MedCoder.Gateway.Tests.Edge;

/// <summary>Request bodies for edge tests: valid submissions, and large bodies generated without holding them in memory.</summary>
public static class RequestBodies
{
    public const string HospitalKey = "demo-hospital-key";

    public static EncounterSubmission Submission(int seed = 11, int index = 0) => new SyntheticEncounterFactory(seed).Create(index).Submission;

    public static HttpRequestMessage Submit(EncounterSubmission submission) =>
        Submit(JsonContent.Create(submission, options: StoreJson.Options));

    public static HttpRequestMessage Submit(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/encounters") { Content = content };
        request.Headers.Add("X-Api-Key", HospitalKey);
        return request;
    }

    /// <summary>A JSON-looking body of the given size; chunked (no Content-Length) or with Content-Length.</summary>
    public static HttpContent Filler(long bytes, bool chunked)
    {
        var content = new StreamContent(new FillerStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (!chunked)
        {
            content.Headers.ContentLength = bytes;
        }

        return content;
    }

    /// <summary>Yields '{"notes":"aaaa…' up to the length; not seekable, so HttpClient sends it chunked unless told the length.</summary>
    private sealed class FillerStream(long length) : Stream
    {
        private static readonly byte[] Prefix = "{\"notes\":\""u8.ToArray();
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++)
            {
                var at = _position + i;
                buffer[offset + i] = at < Prefix.Length ? Prefix[at] : (byte)'a';
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
