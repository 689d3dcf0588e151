namespace MedCoder.Storage;

/// <summary>Field names of the stored document shape.</summary>
internal static class MongoFields
{
    public const string Id = "_id";
    public const string Version = "version";
    public const string Sequence = "seq";
    public const string Partition = "partition";
    public const string Status = "status";
    public const string Body = "body";
    public const string CreatedAt = "createdAt";
    public const string UpdatedAt = "updatedAt";
    public const string Outbox = "outbox";
    public const string MessageId = "messageId";
    public const string MessageType = "messageType";
    public const string Payload = "payload";
    public const string SentAt = "sentAt";
    public const string EnqueuedAt = "enqueuedAt";
    public const string OutboxSentAt = Outbox + "." + SentAt;
    public const string OutboxMessageId = Outbox + "." + MessageId;
}
