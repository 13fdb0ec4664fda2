"""A tiny MCP server for the e2e tests: `python test_server.py stdio` or `python test_server.py http <port>`.

It uses the `mcp` package that the Letta server's own virtual environment already has.
"""

import sys

from mcp.server.fastmcp import FastMCP


def build(port: int) -> FastMCP:
    server = FastMCP("ade-e2e", host="127.0.0.1", port=port)

    @server.tool()
    def reverse_text(text: str) -> str:
        """Reverse a text, character by character."""
        return text[::-1]

    @server.tool()
    def add_numbers(a: int, b: int) -> int:
        """Add two whole numbers."""
        return a + b

    return server


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "stdio"
    if mode == "http":
        build(int(sys.argv[2])).run(transport="streamable-http")
    else:
        build(0).run(transport="stdio")
