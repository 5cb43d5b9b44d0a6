"""coprod-app: record, vote on and answer what children, young people and families say."""

__version__ = "0.1.0"
