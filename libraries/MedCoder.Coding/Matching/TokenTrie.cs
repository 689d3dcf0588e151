namespace MedCoder.Coding.Matching;

/// <summary>
/// A trie over word ids compiled into flat arrays: each node's children are a sorted slice of edges searched by
/// binary search, except the root's, which every content word of a note is looked up in: a direct table by word id.
/// A node's edge range and payload, and an edge's word and target, sit side by side, so a step touches few cache
/// lines. Built once; read-only (thread-safe) afterwards.
/// </summary>
public sealed class TokenTrie
{
    private readonly Node[] _nodes;
    private readonly Edge[] _edges;
    private readonly int[] _rootChild;

    private TokenTrie(int[] childStart, int[] childWord, int[] childNode, int[] payload)
    {
        _nodes = new Node[payload.Length];
        for (var n = 0; n < payload.Length; n++)
        {
            _nodes[n] = new Node(childStart[n], childStart[n + 1], payload[n]);
        }

        _edges = new Edge[childWord.Length];
        for (var e = 0; e < childWord.Length; e++)
        {
            _edges[e] = new Edge(childWord[e], childNode[e]);
        }

        var rootEdges = childWord.AsSpan(childStart[Root], childStart[Root + 1] - childStart[Root]);
        _rootChild = new int[rootEdges.IsEmpty ? 0 : rootEdges[^1] + 1];
        Array.Fill(_rootChild, -1);
        for (var e = childStart[Root]; e < childStart[Root + 1]; e++)
        {
            _rootChild[childWord[e]] = childNode[e];
        }
    }

    public const int Root = 0;

    /// <summary>The child of a node along a word, or -1.</summary>
    public int Step(int node, int word)
    {
        if (word < 0)
        {
            return -1;
        }

        if (node == Root)
        {
            return word < _rootChild.Length ? _rootChild[word] : -1;
        }

        var low = _nodes[node].FirstEdge;
        var high = _nodes[node].EndEdge - 1;
        while (low <= high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            var edge = _edges[middle];
            if (edge.Word == word)
            {
                return edge.Node;
            }

            if (edge.Word < word)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    /// <summary>The payload stored at a node (a phrase ends here), or -1.</summary>
    public int Payload(int node) => _nodes[node].Payload;

    private readonly record struct Node(int FirstEdge, int EndEdge, int Payload);

    private readonly record struct Edge(int Word, int Node);

    public sealed class Builder
    {
        private readonly List<Dictionary<int, int>> _children = [new()];
        private readonly List<int> _payload = [-1];

        /// <summary>Adds a phrase; returns false when it was already present (its first payload is kept).</summary>
        public bool Add(ReadOnlySpan<int> words, int payload)
        {
            var node = 0;
            foreach (var word in words)
            {
                if (!_children[node].TryGetValue(word, out var next))
                {
                    next = _children.Count;
                    _children[node][word] = next;
                    _children.Add([]);
                    _payload.Add(-1);
                }

                node = next;
            }

            if (_payload[node] >= 0)
            {
                return false;
            }

            _payload[node] = payload;
            return true;
        }

        public TokenTrie Build()
        {
            var count = _children.Count;
            var childStart = new int[count + 1];
            var edges = 0;
            for (var i = 0; i < count; i++)
            {
                childStart[i] = edges;
                edges += _children[i].Count;
            }

            childStart[count] = edges;
            var childWord = new int[edges];
            var childNode = new int[edges];
            for (var i = 0; i < count; i++)
            {
                var at = childStart[i];
                foreach (var (word, node) in _children[i])
                {
                    childWord[at] = word;
                    childNode[at] = node;
                    at++;
                }

                Array.Sort(childWord, childNode, childStart[i], _children[i].Count);
            }

            return new TokenTrie(childStart, childWord, childNode, [.. _payload]);
        }
    }
}
