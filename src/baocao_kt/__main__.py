"""``python -m baocao_kt``: the ``baocao-kt`` command."""

from baocao_kt._edges._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
