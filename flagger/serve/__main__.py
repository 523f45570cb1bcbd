"""`python -m flagger.serve [options]`: the same as `flagger serve`."""

from flagger.serve.command import serve

if __name__ == "__main__":
    serve(prog_name="python -m flagger.serve")
