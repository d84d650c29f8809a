export function App() {
  return (
    <main>
      <h1>Novadesk</h1>
    </main>
  );
}
