"""The command line the tools that read the keys share: the parallax-cli, the corpora (../shared),
the key sets, and the model in use."""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def add_corpus_arguments(ap):
    """--cli, --shared, --keys-dir (repeatable) and --model, on the argparse parser @ap."""
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--keys-dir", action="append", default=[])
    ap.add_argument("--model", default=os.path.join(ROOT, "resources", "lexicon", "similarity.txt"))
